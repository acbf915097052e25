// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/content_hash_ref","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Content fingerprint with optional size and encoding metadata.","properties":{"algorithm":{"enum":["sha256","sha512","md5"],"title":"Algorithm","type":"string"},"encoding":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Encoding"},"hash":{"description":"Hex-encoded content hash","minLength":1,"title":"Hash","type":"string"},"size_bytes":{"anyOf":[{"minimum":0,"type":"integer"},{"type":"null"}],"default":null,"title":"Size Bytes"}},"required":["hash","algorithm"],"title":"ContentHashRef","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func69 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/content_hash_ref" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.hash === undefined) || (!(func0.call(data, "hash")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hash"},message:"must have required property '"+"hash"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.algorithm === undefined) || (!(func0.call(data, "algorithm")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "algorithm"},message:"must have required property '"+"algorithm"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.algorithm !== undefined && func0.call(data, "algorithm")){
let data0 = data.algorithm;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.algorithm.type,parentSchema:schema31.properties.algorithm,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data0 === "sha256") || (data0 === "sha512")) || (data0 === "md5"))){
const err3 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/enum",keyword:"enum",params:{allowedValues: schema31.properties.algorithm.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.algorithm.enum,parentSchema:schema31.properties.algorithm,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.encoding !== undefined && func0.call(data, "encoding")){
let data1 = data.encoding;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.encoding.anyOf[0].type,parentSchema:schema31.properties.encoding.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err5 = {instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.encoding.anyOf[1].type,parentSchema:schema31.properties.encoding.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err6 = {instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.encoding.anyOf,parentSchema:schema31.properties.encoding,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.hash !== undefined && func0.call(data, "hash")){
let data2 = data.hash;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err7 = {instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.hash,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.hash.type,parentSchema:schema31.properties.hash,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.size_bytes !== undefined && func0.call(data, "size_bytes")){
let data3 = data.size_bytes;
const _errs13 = errors;
let valid2 = false;
const _errs14 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err9 = {instancePath:instancePath+"/size_bytes",schemaPath:"#/properties/size_bytes/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.size_bytes.anyOf[0].type,parentSchema:schema31.properties.size_bytes.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/size_bytes",schemaPath:"#/properties/size_bytes/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.size_bytes.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid1 = _errs14 === errors;
valid2 = valid2 || _valid1;
const _errs16 = errors;
if(data3 !== null){
const err11 = {instancePath:instancePath+"/size_bytes",schemaPath:"#/properties/size_bytes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.size_bytes.anyOf[1].type,parentSchema:schema31.properties.size_bytes.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err12 = {instancePath:instancePath+"/size_bytes",schemaPath:"#/properties/size_bytes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.size_bytes.anyOf,parentSchema:schema31.properties.size_bytes,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"algorithm":true,"encoding":true,"hash":true,"size_bytes":true},"dynamicProps":false,"dynamicItems":false};
