// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/focus_target","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Structured focus reference. Hashable for use as dict key.","properties":{"target_id":{"description":"Identifier within the target type","minLength":1,"title":"Target Id","type":"string"},"target_type":{"description":"Category of focus target","enum":["wp","step","file"],"title":"Target Type","type":"string"}},"required":["target_type","target_id"],"title":"FocusTarget","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func67 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/focus_target" */;
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
if((data.target_type === undefined) || (!(func0.call(data, "target_type")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target_type"},message:"must have required property '"+"target_type"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.target_id === undefined) || (!(func0.call(data, "target_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target_id"},message:"must have required property '"+"target_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.target_id !== undefined && func0.call(data, "target_id")){
let data0 = data.target_id;
if(typeof data0 === "string"){
if(func67(data0) < 1){
const err2 = {instancePath:instancePath+"/target_id",schemaPath:"#/properties/target_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.target_id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/target_id",schemaPath:"#/properties/target_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.target_id.type,parentSchema:schema31.properties.target_id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.target_type !== undefined && func0.call(data, "target_type")){
let data1 = data.target_type;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/target_type",schemaPath:"#/properties/target_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.target_type.type,parentSchema:schema31.properties.target_type,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((data1 === "wp") || (data1 === "step")) || (data1 === "file"))){
const err5 = {instancePath:instancePath+"/target_type",schemaPath:"#/properties/target_type/enum",keyword:"enum",params:{allowedValues: schema31.properties.target_type.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.target_type.enum,parentSchema:schema31.properties.target_type,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"target_id":true,"target_type":true},"dynamicProps":false,"dynamicItems":false};
